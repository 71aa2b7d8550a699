#pragma once

#include "avhandles.h"

#include <QtGlobal>

#include <array>

namespace ClipDesk::Media {

// A 64-bit perceptual hash of the centre of a run of pictures in grayscale: each frame is
// shrunk to 40x40 (any aspect ratio), its central 32x32 (80 %) kept and turned upright, and the
// frames of the run averaged. The high 32 bits are the signs of 32 low-frequency DCT
// coefficients against their median ("pHash"), the low 32 bits the brightness of 32 blocks
// against their median (robust on smooth pictures). Shrinking and keeping the centre make it survive scaling,
// re-encoding and modest cropping; averaging over time makes it insensitive to where exactly a
// sample starts. Flat pictures (black, one colour) hash to 0. One instance per thread (it
// keeps a scaler).
class PerceptualHash final
{
    Q_DISABLE_COPY_MOVE(PerceptualHash)

public:
    static constexpr int Side = 32;
    using Pixels = std::array<float, Side * Side>;

    explicit PerceptualHash(int rotationDegrees);
    ~PerceptualHash();

    // Adds a frame to the current run; false when it cannot be scaled (it is then left out).
    bool addFrame(const AVFrame *frame);
    bool hasFrames() const { return m_frames > 0; }
    // The hash of the average of the frames added since the last call (0: none or flat).
    quint64 takeHash();
    // The hash of a Side x Side grayscale picture (row-major, 0..255).
    static quint64 hashPixels(const Pixels &pixels);

private:
    static quint32 dctBits(const Pixels &pixels);
    static quint32 blockBits(const Pixels &pixels);
    static quint32 signsAgainstMedian(const std::array<float, 32> &values);

    int m_rotationDegrees = 0;
    SwsContext *m_scaler = nullptr; // owned; sws_getCachedContext() reuses it
    Pixels m_sum{};
    int m_frames = 0;
};

} // namespace ClipDesk::Media
