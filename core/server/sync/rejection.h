#pragma once

#include "mutationreply.h"

#include <QCoreApplication>

namespace ClipDesk::Server {

// The rejections every mutation family shares, worded once.
class Rejection final
{
    Q_DECLARE_TR_FUNCTIONS(Rejection)

public:
    // The role may never do this (e.g. a clipper creating a campaign).
    static MutationReply forbiddenForRole();
    // Missing, not visible, or visible but not the caller's to change: all look the same.
    static MutationReply notFound(const QString &entity, const QString &id);
    static MutationReply alreadyExists(const QString &entity, const QString &id);
    static MutationReply campaignFlagged();
    // A domain rule said no: its code and message as they are.
    static MutationReply of(const Error &error) { return MutationReply::rejected(error); }
};

} // namespace ClipDesk::Server
