#pragma once

#include <QCoreApplication>

namespace ClipDesk::Net {

// The one translation context of the net module.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClipDesk::Net)
};

} // namespace ClipDesk::Net
