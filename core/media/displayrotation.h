#pragma once

#include <QString>

struct AVStream;

namespace ClipDesk::Media {

// The clockwise rotation (0, 90, 180 or 270) a player applies to the pictures of `stream`
// because of its display matrix (phones store portrait video as rotated landscape).
int clockwiseRotation(const AVStream *stream);

// Filters (filtergraph syntax) that turn pictures rotated by `clockwiseDegrees` upright;
// empty for 0.
QString uprightFilter(int clockwiseDegrees);

} // namespace ClipDesk::Media
