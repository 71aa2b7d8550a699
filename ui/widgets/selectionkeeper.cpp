#include "selectionkeeper.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace ClipDesk::Ui {

SelectionKeeper::SelectionKeeper(QAbstractItemView *view, int idRole)
    : QObject(view)
    , m_view(view)
    , m_idRole(idRole)
{
    Q_ASSERT(view->model());
    connect(view->model(), &QAbstractItemModel::modelAboutToBeReset, this, &SelectionKeeper::remember);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &SelectionKeeper::restore);
}

void SelectionKeeper::remember()
{
    const QItemSelectionModel *selection = m_view->selectionModel();
    m_selected.clear();
    for (const QModelIndex &row : selection->selectedRows())
        m_selected.insert(row.data(m_idRole).toString());
    const QModelIndex current = selection->currentIndex();
    m_current = current.isValid() ? current.siblingAtColumn(0).data(m_idRole).toString() : QString();
}

void SelectionKeeper::restore()
{
    const QAbstractItemModel *model = m_view->model();
    QItemSelectionModel *selectionModel = m_view->selectionModel();
    QItemSelection selection;
    QModelIndex current;
    if (!m_selected.isEmpty() || !m_current.isEmpty()) {
        const int lastColumn = model->columnCount() - 1;
        qsizetype found = 0;
        for (int row = 0, rows = model->rowCount(); row < rows; ++row) {
            const QModelIndex first = model->index(row, 0);
            const QString id = first.data(m_idRole).toString();
            if (m_selected.contains(id)) {
                selection.select(first, model->index(row, lastColumn));
                ++found;
            }
            if (id == m_current)
                current = first;
            if (found == m_selected.size() && (current.isValid() || m_current.isEmpty()))
                break; // everything kept is back: no need to look at the other rows
        }
    }
    m_selected.clear();
    m_current.clear();
    if (selection.isEmpty() && !current.isValid()) {
        Q_EMIT restored(false);
        return;
    }
    if (current.isValid())
        selectionModel->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current.isValid())
        m_view->scrollTo(current);
    Q_EMIT restored(true);
}

} // namespace ClipDesk::Ui
