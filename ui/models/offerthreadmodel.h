#pragma once

#include "domain/offer.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace ClipDesk::Sync {
class ClientCache;
}

namespace ClipDesk::Ui {

// The rounds of one negotiation thread (offers sharing a thread_id), oldest first, with their
// terms and who wrote them. Reloads on "offer" changes.
class OfferThreadModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Round, Author, PerClip, CpmRate, Requirements, Message, Status, Created, ColumnCount };
    Q_ENUM(Column)
    enum Role { OfferIdRole = Qt::UserRole + 1, StatusRole, AuthorRoleRole, SortRole };
    Q_ENUM(Role)

    explicit OfferThreadModel(Sync::ClientCache &cache, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OfferThreadModel)

    void setThread(const QString &threadId);
    QString threadId() const { return m_threadId; }
    void reload();

    const QList<Domain::Offer> &rounds() const { return m_rounds; }
    // The newest round, or nullptr for an empty thread.
    const Domain::Offer *latest() const { return m_rounds.isEmpty() ? nullptr : &m_rounds.constLast(); }

    static QString statusText(Domain::OfferStatus status);
    static QString authorText(Domain::Role role);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Sync::ClientCache &m_cache;
    QString m_threadId;
    QList<Domain::Offer> m_rounds;
};

} // namespace ClipDesk::Ui
