#pragma once

#include "media/platformspec.h"
#include "media/trimmer.h"

#include <QDialog>
#include <QFuture>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ClipDesk::Ui {

class SpecCheckPanel;

// Exports the editor's in/out range: pick Lossless (shows the real, keyframe-snapped start
// before exporting) or Accurate, an output file and the target platform; the trim runs on a
// worker thread with a progress bar and Cancel (no file is left behind). Afterwards the
// spec-check panel checks the file against the platform and offers one-click fixes.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &inputPath, qint64 inUs, qint64 outUs, QWidget *parent = nullptr);
    ~ExportDialog() override;
    Q_DISABLE_COPY_MOVE(ExportDialog)

    void setMode(Media::TrimMode mode);
    Media::TrimMode mode() const;
    void setOutputPath(const QString &path);
    QString outputPath() const;
    // The plan of the current mode (once known): the real start and end.
    std::optional<Media::TrimPlan> plan() const { return m_plan; }
    QString planText() const;
    bool isExporting() const { return m_running; }
    SpecCheckPanel *specCheck() const { return m_spec; }

public Q_SLOTS:
    void startExport();
    void cancelExport();

Q_SIGNALS:
    void planReady();
    // ok: the file is written; else `message` says why not (cancelled or an error).
    void exportFinished(bool ok, const QString &message);

protected:
    void reject() override;

private:
    Media::TrimRequest request() const;
    void refreshPlan();
    void browse();
    void finish(const Result<Media::TrimResult> &result);
    void updateButtons();

    QString m_inputPath;
    qint64 m_inUs;
    qint64 m_outUs;
    QComboBox *m_mode;
    QLabel *m_planLabel;
    QLineEdit *m_output;
    QComboBox *m_platform;
    QProgressBar *m_progress;
    QLabel *m_status;
    SpecCheckPanel *m_spec;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    std::optional<Media::TrimPlan> m_plan;
    int m_planGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFuture<void> m_job;
    QFuture<void> m_planJob;
    bool m_running = false;
};

} // namespace ClipDesk::Ui
