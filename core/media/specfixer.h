#pragma once

#include "domain/error.h"
#include "jobcontrol.h"
#include "platformspec.h"

#include <QString>

namespace ClipDesk::Media {

// Runs the media operation behind a one-click fix of the spec check (reframe, trim, loudness
// normalization or transcode) from `inputPath` into `outputPath`. A trim is lossless when that
// keeps the clip within the limit, accurate otherwise.
Status applySpecFix(const SpecFix &fix, const QString &inputPath, const QString &outputPath, const JobControl &control);

} // namespace ClipDesk::Media
