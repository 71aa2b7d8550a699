#pragma once

#include "domain/error.h"
#include "jobcontrol.h"
#include "videoencodesettings.h"

#include <QList>
#include <QString>

namespace ClipDesk::Media {

// EBU R128 / ITU-R BS.1770 loudness of one audio track.
struct LoudnessMeasurement
{
    double integratedLufs = -70.0; // -70 (the absolute gate) for silence
    double truePeakDbtp = -120.0;
    double loudnessRangeLu = 0.0;
    double thresholdLufs = -80.0;  // the relative gate, loudnorm's measured_thresh
};

struct LoudnessTarget
{
    double integratedLufs = -14.0;
    double truePeakDbtp = -1.0;
    double loudnessRangeLu = 11.0;
};

// Measures the first audio track of `path` (decoding it once, libavfilter's ebur128).
// Errors: media_open_failed, media_no_audio, media_decode_failed, cancelled.
Result<LoudnessMeasurement> measureLoudness(const QString &path, const JobControl &control = {});
// Every audio track of `path`, in file order (empty when there is none).
Result<QList<LoudnessMeasurement>> measureAllTracks(const QString &path, const JobControl &control = {});

struct LoudnessNormalizeRequest
{
    QString inputPath;
    QString outputPath;
    LoudnessTarget target;
    VideoEncodeSettings encoding; // audio bit rate; video is copied when MP4 can carry it
};

// Two passes: measures every audio track, then re-encodes each (AAC) through loudnorm with the
// measured values so it lands on the target integrated loudness under the true-peak ceiling.
// Silent tracks are copied through unchanged. Returns the measurements of the first pass.
// Errors: those of measureAllTracks(), media_encode_failed, media_write_failed, cancelled.
Result<QList<LoudnessMeasurement>> normalizeLoudness(const LoudnessNormalizeRequest &request, const JobControl &control);

} // namespace ClipDesk::Media
