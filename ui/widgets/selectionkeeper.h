#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QAbstractItemView;

namespace ClipDesk::Ui {

// Keeps a view's selected rows and current row across resets of its model. Models that reload
// from the cache reset on every change (a review elsewhere, a finished download), which would
// otherwise drop what the user selected. Rows are matched by `idRole` (a unique id per row).
// The view must have its model when the keeper is made.
//
//   auto *keeper = new SelectionKeeper(m_view, CacheRowTableModel::IdRole);
//   connect(keeper, &SelectionKeeper::restored, this, [this](bool found) { ... });
class SelectionKeeper final : public QObject
{
    Q_OBJECT

public:
    SelectionKeeper(QAbstractItemView *view, int idRole);

Q_SIGNALS:
    // After every reset: `found` when at least one kept row is selected again.
    void restored(bool found);

private:
    void remember();
    void restore();

    QAbstractItemView *m_view;
    int m_idRole;
    QSet<QString> m_selected;
    QString m_current;
};

} // namespace ClipDesk::Ui
