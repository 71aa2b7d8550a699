#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

class QApplication;

namespace ClipDesk::Bench {

// The child side of the cold-start measurement: in a fresh process, opens the cache, loads the
// campaign list, shows it, and once the event loop has processed the table's first paint prints
// one line `<marker>{json}` with start_to_paint_ms (from the process's kernel start time),
// main_to_paint_ms, open_ms, load_ms, rows, rss_kib and hwm_kib. Then it quits.
class ColdStartProbe final
{
public:
    static int run(QApplication &app, const QString &cachePath, const QByteArray &marker);

    // Milliseconds since the kernel started this process, from /proc/self/stat field 22 (clock
    // ticks since boot) and CLOCK_BOOTTIME. Resolution: one clock tick (10 ms).
    static double msSinceProcessStart();
    // VmRSS and VmHWM of this process, in KiB (-1 when unknown).
    static std::pair<qint64, qint64> memoryKib();
};

} // namespace ClipDesk::Bench
