#pragma once

#include <QObject>

class QSocketNotifier;

namespace ClipDesk::Server {

// Turns SIGTERM and SIGINT into a Qt signal, delivered on the event loop (self-pipe trick),
// so the server shuts down cleanly: open transactions finish and sockets close.
class TerminationSignals final : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;
    Q_DISABLE_COPY_MOVE(TerminationSignals)

Q_SIGNALS:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ClipDesk::Server
