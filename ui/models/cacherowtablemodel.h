#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ClipDesk::Sync {
class ClientCache;
}

namespace ClipDesk::Ui {

// A read-only table over rows of the local cache. Subclasses say which rows to load (loadRows)
// and how each cell looks (cell); the model reloads itself whenever one of `entities` changes
// in a committed cache transaction. RowRole gives the whole row JSON of a row.
class CacheRowTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles { RowRole = Qt::UserRole + 1, IdRole, SortRole };

    CacheRowTableModel(Sync::ClientCache &cache, QStringList entities, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CacheRowTableModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QJsonObject rowAt(int row) const;
    int rowOf(const QString &id) const; // -1 when absent
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void reload();

protected:
    // Returns the rows to show; sets `error` when the cache could not be read.
    virtual QList<QJsonObject> loadRows(QString &error) = 0;
    virtual QVariant cell(const QJsonObject &row, int column, int role) const = 0;
    virtual QString idOf(const QJsonObject &row) const;
    Sync::ClientCache &cache() const { return m_cache; }

private:
    Sync::ClientCache &m_cache;
    QStringList m_entities;
    QList<QJsonObject> m_rows;
    QString m_lastError;
};

} // namespace ClipDesk::Ui
