#include "review/clipplayerpane.h"

#include "clips/clipeditorfactory.h"
#include "clips/clipeditorplugin.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

ClipPlayerPane::ClipPlayerPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("clipPlayer"));
    m_placeholder->setObjectName(QStringLiteral("playerPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAutoFillBackground(true);
    m_placeholder->setMinimumSize(320, 180);
    m_placeholder->setStyleSheet(QStringLiteral("QLabel { background: #202327; color: #c9ced6; padding: 16px; }"));
    m_stack->addWidget(m_placeholder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void ClipPlayerPane::setSource(const QUrl &url)
{
    if (url == m_source && !url.isEmpty())
        return;
    m_source = url;
    if (!url.isEmpty() && !m_player) {
        QString error;
        ClipEditorFactory *factory = ClipEditorPlugin::factory(&error);
        if (!factory) {
            m_placeholder->setText(tr("Videos cannot be played: %1").arg(error));
            m_stack->setCurrentWidget(m_placeholder);
            return;
        }
        m_player = factory->createPlayer(this);
        m_stack->addWidget(m_player);
    }
    if (m_player) {
        if (ClipEditorFactory *factory = ClipEditorPlugin::factory())
            factory->setPlayerSource(m_player, url);
    }
    m_stack->setCurrentWidget(url.isEmpty() || !m_player ? m_placeholder : m_player);
}

void ClipPlayerPane::setPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
}

QString ClipPlayerPane::placeholder() const
{
    return m_placeholder->text();
}

} // namespace ClipDesk::Ui
