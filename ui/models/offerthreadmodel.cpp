#include "offerthreadmodel.h"

#include "sync/clientcache.h"

#include <QDateTime>
#include <QLocale>

namespace ClipDesk::Ui {

OfferThreadModel::OfferThreadModel(Sync::ClientCache &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    connect(&m_cache, &Sync::ClientCache::entitiesChanged, this, [this](const QStringList &entities) {
        if (entities.contains(QStringLiteral("offer")))
            reload();
    });
}

void OfferThreadModel::setThread(const QString &threadId)
{
    m_threadId = threadId;
    reload();
}

void OfferThreadModel::reload()
{
    QList<Domain::Offer> rounds;
    if (!m_threadId.isEmpty()) {
        if (auto rows = m_cache.rows(QStringLiteral("offer"), QStringLiteral("thread_id = ?"), {m_threadId},
                                     QStringLiteral("round"))) {
            for (const QJsonObject &row : *rows)
                rounds.append(Domain::offerFromJson(row));
        }
    }
    if (rounds.size() == m_rounds.size()) {
        m_rounds = std::move(rounds);
        if (!m_rounds.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rounds.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rounds = std::move(rounds);
    endResetModel();
}

QString OfferThreadModel::statusText(Domain::OfferStatus status)
{
    switch (status) {
    case Domain::OfferStatus::Pending: return tr("Pending");
    case Domain::OfferStatus::Countered: return tr("Countered");
    case Domain::OfferStatus::Accepted: return tr("Accepted");
    case Domain::OfferStatus::Rejected: return tr("Rejected");
    case Domain::OfferStatus::Withdrawn: return tr("Withdrawn");
    }
    return {};
}

QString OfferThreadModel::authorText(Domain::Role role)
{
    switch (role) {
    case Domain::Role::Brand: return tr("Brand");
    case Domain::Role::Clipper: return tr("Clipper");
    case Domain::Role::Admin: return tr("Admin");
    }
    return {};
}

int OfferThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rounds.size());
}

int OfferThreadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::Offer &offer = m_rounds.at(index.row());
    const auto money = [&offer](qint64 minor) {
        return minor > 0 ? Domain::Money{minor, offer.terms.currency}.toDisplayString() : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Round: return offer.round;
        case Author: return authorText(offer.authorRole);
        case PerClip: return money(offer.terms.perClipMinor);
        case CpmRate: return money(offer.terms.cpmRateMinor);
        case Requirements: return offer.terms.requirements;
        case Message: return offer.terms.message;
        case Status: return statusText(offer.status);
        case Created:
            return offer.createdAtMs > 0
                       ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(offer.createdAtMs), QLocale::ShortFormat)
                       : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Requirements || index.column() == Message)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == PerClip || index.column() == CpmRate || index.column() == Round
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    case OfferIdRole: return offer.id;
    case StatusRole: return Domain::offerStatusName(offer.status);
    case AuthorRoleRole: return Domain::roleName(offer.authorRole);
    case SortRole:
        switch (index.column()) {
        case PerClip: return offer.terms.perClipMinor;
        case CpmRate: return offer.terms.cpmRateMinor;
        case Created: return offer.createdAtMs;
        default: return offer.round;
        }
    default: return {};
    }
}

QVariant OfferThreadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Round: return tr("Round");
    case Author: return tr("From");
    case PerClip: return tr("Per clip");
    case CpmRate: return tr("CPM rate");
    case Requirements: return tr("Requirements");
    case Message: return tr("Message");
    case Status: return tr("Status");
    case Created: return tr("Sent");
    default: return {};
    }
}

} // namespace ClipDesk::Ui
