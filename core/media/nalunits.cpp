#include "nalunits.h"

namespace ClipDesk::Media {

namespace {

constexpr int H264IdrSlice = 5;
constexpr int HevcIdrWithLeadingPictures = 19; // IDR_W_RADL
constexpr int HevcIdrWithoutLeadingPictures = 20; // IDR_N_LP

} // namespace

NalUnits::NalUnits(const AVCodecParameters *parameters)
    : m_codec(parameters->codec_id)
{
    const uint8_t *extra = parameters->extradata;
    const int extraSize = parameters->extradata_size;
    // An "avcC"/"hvcC" record starts with configurationVersion 1; Annex B starts with 0 0 (0) 1.
    if (!extra || extraSize < 7 || extra[0] != 1)
        return;
    if (m_codec == AV_CODEC_ID_H264)
        m_lengthSize = (extra[4] & 0x03) + 1;
    else if (m_codec == AV_CODEC_ID_HEVC && extraSize >= 23)
        m_lengthSize = (extra[21] & 0x03) + 1;
}

bool NalUnits::containsIdr(const uint8_t *data, int size) const
{
    if (!understandsCodec() || !data || size <= 0)
        return false;
    return m_lengthSize > 0 ? scanLengthPrefixed(data, size) : scanAnnexB(data, size);
}

bool NalUnits::isIdrType(const uint8_t *nal, int size) const
{
    if (size < 1)
        return false;
    if (m_codec == AV_CODEC_ID_H264)
        return (nal[0] & 0x1f) == H264IdrSlice;
    const int type = (nal[0] >> 1) & 0x3f;
    return type == HevcIdrWithLeadingPictures || type == HevcIdrWithoutLeadingPictures;
}

bool NalUnits::scanLengthPrefixed(const uint8_t *data, int size) const
{
    int position = 0;
    while (position + m_lengthSize <= size) {
        uint32_t length = 0;
        for (int i = 0; i < m_lengthSize; ++i)
            length = (length << 8) | data[position + i];
        position += m_lengthSize;
        if (length == 0 || length > uint32_t(size - position))
            return false;
        if (isIdrType(data + position, int(length)))
            return true;
        position += int(length);
    }
    return false;
}

bool NalUnits::scanAnnexB(const uint8_t *data, int size) const
{
    for (int i = 0; i + 3 < size; ++i) {
        if (data[i] == 0 && data[i + 1] == 0 && data[i + 2] == 1) {
            if (isIdrType(data + i + 3, size - i - 3))
                return true;
            i += 2;
        }
    }
    return false;
}

} // namespace ClipDesk::Media
