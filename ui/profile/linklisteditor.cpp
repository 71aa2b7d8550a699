#include "profile/linklisteditor.h"

#include <QAction>
#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>

namespace ClipDesk::Ui {

LinkListEditor::LinkListEditor(const QString &placeholder, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_entry(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_entry->setPlaceholderText(placeholder);
    m_entry->setClearButtonEnabled(true);
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_add->setToolTip(tr("Add the link (Enter)"));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    m_remove->setToolTip(tr("Remove the selected link (Delete)"));
    m_list->setMaximumHeight(96);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);

    auto *removeKey = new QAction(this);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &LinkListEditor::removeSelected);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entry, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_list, 1, 0);
    layout->addWidget(m_remove, 1, 1, Qt::AlignTop);

    connect(m_entry, &QLineEdit::returnPressed, this, &LinkListEditor::addEntry);
    connect(m_add, &QPushButton::clicked, this, &LinkListEditor::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &LinkListEditor::removeSelected);
    connect(m_list, &QListWidget::itemChanged, this, &LinkListEditor::linksChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    m_remove->setEnabled(false);
}

QStringList LinkListEditor::links() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString text = m_list->item(i)->text().trimmed();
        if (!text.isEmpty())
            result.append(text);
    }
    return result;
}

void LinkListEditor::setLinks(const QStringList &links)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString &link : links) {
        auto *item = new QListWidgetItem(link, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_remove->setEnabled(false);
}

void LinkListEditor::addEntry()
{
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty())
        return;
    {
        const QSignalBlocker blocker(m_list);
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_entry->clear();
    Q_EMIT linksChanged();
}

void LinkListEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    Q_EMIT linksChanged();
}

} // namespace ClipDesk::Ui
