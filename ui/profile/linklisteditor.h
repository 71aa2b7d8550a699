#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace ClipDesk::Ui {

// Edits a list of links: type one and press Add (or Enter), select one and press Remove (or
// Delete); double-click edits in place. The profile rules check the links (http(s) URLs).
class LinkListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit LinkListEditor(const QString &placeholder, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LinkListEditor)

    QStringList links() const;
    void setLinks(const QStringList &links);

    QLineEdit *entry() const { return m_entry; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QListWidget *list() const { return m_list; }

public Q_SLOTS:
    void addEntry();
    void removeSelected();

Q_SIGNALS:
    void linksChanged();

private:
    QListWidget *m_list;
    QLineEdit *m_entry;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace ClipDesk::Ui
