#pragma once

#include "domain/error.h"
#include "framereader.h"
#include "jobcontrol.h"

#include <QImage>
#include <QList>

#include <functional>

namespace ClipDesk::Media {

// One picture of a filmstrip.
struct FilmstripTile
{
    int index = 0;        // 0 .. tileCount - 1, left to right
    qint64 targetUs = 0;  // the middle of the tile's time span
    qint64 ptsUs = 0;     // the time of the frame shown
    QImage image;
    bool exact = false;   // the frame at targetUs (second pass), not a nearby keyframe
};

struct FilmstripRequest
{
    qint64 startUs = 0;
    qint64 endUs = -1;             // -1: the end of the video
    int tileCount = 20;
    QSize tileSize{160, 90};       // bounds; tiles keep the display aspect ratio
    bool refine = true;            // run the second, exact pass
    QList<int> refineTiles;        // the tiles to refine (the visible ones); empty: all
    int blackLumaThreshold = 20;   // mean luma 0..255 at or below which a frame counts as black
    int maxBlackSkips = 4;         // keyframes to try after a black one
};

// Makes a filmstrip progressively. The first pass decodes only keyframes: for each tile the
// keyframe closest to the middle of its span, or the next non-black keyframe when that one is
// (near) black. `onTile` receives each tile as soon as it is decoded. The second pass replaces
// the tiles to refine with the exact frame at their middle (unless that frame is black, then
// the keyframe stays), calling `onTile` again for each. Tiles are emitted on the calling
// thread; the reader must not be used elsewhere meanwhile. Progress: pass one 0..0.5 (0..1 when
// not refining), pass two 0.5..1.
// Errors: media_decode_failed, invalid_argument (empty range, no tiles), cancelled.
Status generateFilmstrip(FrameReader &reader, const FilmstripRequest &request,
                         const std::function<void(const FilmstripTile &)> &onTile, const JobControl &control);

// Mean luma (0..255) of an image, as used for the black-frame test.
int meanLuma(const QImage &image);

} // namespace ClipDesk::Media
