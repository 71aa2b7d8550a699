#include "specfixer.h"

#include "loudnessnormalizer.h"
#include "reframer.h"
#include "transcoder.h"
#include "trimmer.h"

namespace ClipDesk::Media {

Status applySpecFix(const SpecFix &fix, const QString &inputPath, const QString &outputPath, const JobControl &control)
{
    switch (fix.kind) {
    case SpecFix::Kind::Reframe: {
        ReframeRequest request;
        request.inputPath = inputPath;
        request.outputPath = outputPath;
        request.mode = ReframeMode::FitWithBlurredBackground;
        return reframe(request, control);
    }
    case SpecFix::Kind::Trim: {
        // A stream copy keeps whole audio frames, which can reach a little past the video's
        // end; stay this far inside the limit, or cut accurately when that is not enough.
        constexpr qint64 AudioOverhangUs = 100'000;
        const qint64 limitUs = fix.trimEndUs - fix.trimStartUs;
        TrimRequest request{inputPath, outputPath, fix.trimStartUs, fix.trimEndUs - AudioOverhangUs, TrimMode::Lossless, {}};
        const Result<TrimPlan> plan = planTrim(request, control);
        if (!plan)
            return std::unexpected(plan.error());
        if (limitUs <= 2 * AudioOverhangUs || plan->durationUs() > limitUs - AudioOverhangUs) {
            request.mode = TrimMode::Accurate;
            request.endUs = fix.trimEndUs;
        }
        const Result<TrimResult> trimmed = trim(request, control);
        if (!trimmed)
            return std::unexpected(trimmed.error());
        return {};
    }
    case SpecFix::Kind::NormalizeLoudness: {
        LoudnessNormalizeRequest request;
        request.inputPath = inputPath;
        request.outputPath = outputPath;
        request.target.integratedLufs = fix.targetLufs;
        request.target.truePeakDbtp = fix.truePeakDbtp;
        const Result<QList<LoudnessMeasurement>> normalized = normalizeLoudness(request, control);
        if (!normalized)
            return std::unexpected(normalized.error());
        return {};
    }
    case SpecFix::Kind::Transcode: {
        TranscodeRequest request;
        request.inputPath = inputPath;
        request.outputPath = outputPath;
        request.constantFrameRate = fix.constantFrameRate;
        request.encoding.maxVideoBitRate = fix.maxVideoBitRate;
        return transcode(request, control);
    }
    }
    return {};
}

} // namespace ClipDesk::Media
