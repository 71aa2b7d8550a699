#include "perceptualhash.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ClipDesk::Media {

namespace {

constexpr int ScaledSide = 40; // the centre 32 of 40 is the central 80 %
constexpr int Margin = (ScaledSide - PerceptualHash::Side) / 2;
constexpr int Frequencies = 8; // DCT rows/columns 0..7 are computed, 32 of them used
constexpr float FlatDeviation = 3.0f; // standard deviation (0..255) below which a picture is flat

struct CosineTable
{
    std::array<std::array<float, PerceptualHash::Side>, Frequencies> values{};

    CosineTable()
    {
        constexpr int n = PerceptualHash::Side;
        for (int u = 0; u < Frequencies; ++u) {
            for (int x = 0; x < n; ++x)
                values[u][x] = float(std::cos((2 * x + 1) * u * std::numbers::pi / (2.0 * n)));
        }
    }
};

const CosineTable &cosines()
{
    static const CosineTable table;
    return table;
}

} // namespace

PerceptualHash::PerceptualHash(int rotationDegrees)
    : m_rotationDegrees(rotationDegrees)
{
}

PerceptualHash::~PerceptualHash()
{
    sws_freeContext(m_scaler);
}

bool PerceptualHash::addFrame(const AVFrame *frame)
{
    m_scaler = sws_getCachedContext(m_scaler, frame->width, frame->height, AVPixelFormat(frame->format), ScaledSide,
                                    ScaledSide, AV_PIX_FMT_GRAY8, SWS_AREA, nullptr, nullptr, nullptr);
    if (!m_scaler)
        return false;
    std::array<uint8_t, ScaledSide * ScaledSide> gray{};
    uint8_t *destination[4] = {gray.data(), nullptr, nullptr, nullptr};
    const int strides[4] = {ScaledSide, 0, 0, 0};
    if (sws_scale(m_scaler, frame->data, frame->linesize, 0, frame->height, destination, strides) <= 0)
        return false;
    for (int y = 0; y < Side; ++y) {
        for (int x = 0; x < Side; ++x) {
            // Sample the stored picture so that the result is upright after the rotation.
            int sx = x;
            int sy = y;
            switch (m_rotationDegrees) {
            case 90: sx = y; sy = Side - 1 - x; break;
            case 180: sx = Side - 1 - x; sy = Side - 1 - y; break;
            case 270: sx = Side - 1 - y; sy = x; break;
            default: break;
            }
            m_sum[y * Side + x] += gray[(sy + Margin) * ScaledSide + sx + Margin];
        }
    }
    ++m_frames;
    return true;
}

quint64 PerceptualHash::takeHash()
{
    if (m_frames == 0)
        return 0;
    Pixels average = m_sum;
    for (float &value : average)
        value /= float(m_frames);
    m_sum.fill(0.0f);
    m_frames = 0;
    return hashPixels(average);
}

quint64 PerceptualHash::hashPixels(const Pixels &pixels)
{
    double sum = 0;
    double squares = 0;
    for (float value : pixels) {
        sum += value;
        squares += double(value) * value;
    }
    const double mean = sum / pixels.size();
    if (std::sqrt(std::max(0.0, squares / pixels.size() - mean * mean)) < FlatDeviation)
        return 0;

    const quint64 hash = (quint64(dctBits(pixels)) << 32) | blockBits(pixels);
    return hash == 0 ? 1 : hash; // 0 is reserved for flat pictures
}

// Signs of the 32 lowest-frequency DCT coefficients (the mean left out) against their median:
// the overall layout of the picture.
quint32 PerceptualHash::dctBits(const Pixels &pixels)
{
    // Separable 2-D DCT-II of the low frequencies: rows first, then columns.
    const CosineTable &table = cosines();
    std::array<std::array<float, Side>, Frequencies> rows{};
    for (int v = 0; v < Frequencies; ++v) {
        for (int x = 0; x < Side; ++x) {
            float acc = 0;
            for (int y = 0; y < Side; ++y)
                acc += table.values[v][y] * pixels[y * Side + x];
            rows[v][x] = acc;
        }
    }
    std::array<float, 32> coefficients{};
    int count = 0;
    for (int diagonal = 1; count < 32; ++diagonal) {
        for (int v = 0; v <= diagonal && count < 32; ++v) {
            const int u = diagonal - v;
            float acc = 0;
            for (int x = 0; x < Side; ++x)
                acc += table.values[u][x] * rows[v][x];
            coefficients[count++] = acc;
        }
    }
    return signsAgainstMedian(coefficients);
}

// Brightness of 32 blocks (a 6x6 grid without its corners) against their median: robust on
// smooth, low-contrast pictures where most DCT coefficients are close to zero.
quint32 PerceptualHash::blockBits(const Pixels &pixels)
{
    constexpr int Block = 5;
    constexpr int Offset = (Side - 6 * Block) / 2;
    std::array<float, 32> means{};
    int count = 0;
    for (int by = 0; by < 6; ++by) {
        for (int bx = 0; bx < 6; ++bx) {
            if ((by == 0 || by == 5) && (bx == 0 || bx == 5))
                continue;
            float sum = 0;
            for (int y = 0; y < Block; ++y) {
                for (int x = 0; x < Block; ++x)
                    sum += pixels[(Offset + by * Block + y) * Side + Offset + bx * Block + x];
            }
            means[count++] = sum;
        }
    }
    return signsAgainstMedian(means);
}

quint32 PerceptualHash::signsAgainstMedian(const std::array<float, 32> &values)
{
    std::array<float, 32> sorted = values;
    std::nth_element(sorted.begin(), sorted.begin() + 16, sorted.end());
    const float median = sorted[16];
    quint32 bits = 0;
    for (int i = 0; i < 32; ++i) {
        if (values[i] > median)
            bits |= quint32(1) << i;
    }
    return bits;
}

} // namespace ClipDesk::Media
