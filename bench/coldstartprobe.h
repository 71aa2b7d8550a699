#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

class QApplication;

namespace ClipDesk::Bench {

// The child side of the cold-start measurement, in a fresh process: the app's real start path
// for a brand that was signed in before (main's theme and language, MainWindow, the stored
// session adopted offline → AccountWorkspace opens the cache → AppShell → the real
// CampaignsPage with its CampaignListModel and CampaignFilterProxy, sorted by last update).
// Once the event loop has processed the campaign table's first paint it prints one line
// `<marker>{json}` with start_to_paint_ms (from the process's kernel start time),
// start_to_main_ms, application_ms (QApplication construction), window_ms and signed_in_ms
// (since QApplication), app_to_paint_ms, rows, rss_kib and hwm_kib. Then it quits.
class ColdStartProbe final
{
public:
    struct Args
    {
        QString cachePath;
        QString brandId;       // the signed-in brand
        QByteArray marker;
        double startToMainMs = -1;
        double applicationMs = -1;
    };
    static int run(QApplication &app, const Args &args);

    // Milliseconds since the kernel started this process, from /proc/self/stat field 22 (clock
    // ticks since boot) and CLOCK_BOOTTIME. Resolution: one clock tick (10 ms).
    static double msSinceProcessStart();
    // VmRSS and VmHWM of this process, in KiB (-1 when unknown).
    static std::pair<qint64, qint64> memoryKib();
};

} // namespace ClipDesk::Bench
