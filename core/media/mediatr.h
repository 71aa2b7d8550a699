#pragma once

#include <QCoreApplication>

namespace ClipDesk::Media {

// The one translation context of the media module.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClipDesk::Media)
};

} // namespace ClipDesk::Media
