#pragma once

extern "C" {
#include <libavcodec/codec_par.h>
}

#include <cstdint>

namespace ClipDesk::Media {

// Reads the NAL unit headers of H.264 and HEVC packets, in length-prefixed (MP4 "avcC"/"hvcC")
// or Annex B (start code) framing, to tell instantaneous decoder refreshes from other keyframes.
class NalUnits final
{
public:
    explicit NalUnits(const AVCodecParameters *parameters);

    // Whether the codec has an IDR notion we can read (H.264 or HEVC).
    bool understandsCodec() const { return m_codec == AV_CODEC_ID_H264 || m_codec == AV_CODEC_ID_HEVC; }
    // True when the packet holds an IDR picture (H.264 type 5; HEVC types 19 and 20).
    bool containsIdr(const uint8_t *data, int size) const;

private:
    bool isIdrType(const uint8_t *nal, int size) const;
    bool scanLengthPrefixed(const uint8_t *data, int size) const;
    bool scanAnnexB(const uint8_t *data, int size) const;

    AVCodecID m_codec = AV_CODEC_ID_NONE;
    int m_lengthSize = 0; // 0: Annex B start codes
};

} // namespace ClipDesk::Media
