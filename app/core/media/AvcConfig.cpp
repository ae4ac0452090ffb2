#include "media/AvcConfig.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/pixfmt.h>
}

#include <vector>

namespace {
// Reads bits MSB first from an RBSP (emulation prevention bytes already removed); past the end it fails.
class BitReader
{
public:
    explicit BitReader(std::vector<uint8_t> data) : m_data(std::move(data)) {}
    bool ok() const { return m_ok; }
    unsigned bit()
    {
        if (m_pos >= m_data.size() * 8) {
            m_ok = false;
            return 0;
        }
        const unsigned b = (m_data[m_pos / 8] >> (7 - m_pos % 8)) & 1u;
        ++m_pos;
        return b;
    }
    unsigned bits(int n)
    {
        unsigned v = 0;
        for (int i = 0; i < n; ++i)
            v = (v << 1) | bit();
        return v;
    }
    // Exp-Golomb ue(v), at most 31 leading zeros.
    unsigned ue()
    {
        int zeros = 0;
        while (bit() == 0) {
            if (!m_ok || ++zeros > 31) {
                m_ok = false;
                return 0;
            }
        }
        return zeros ? ((1u << zeros) - 1 + bits(zeros)) : 0;
    }
    int se()
    {
        const unsigned v = ue();
        return (v & 1) ? int((v + 1) / 2) : -int(v / 2);
    }

private:
    std::vector<uint8_t> m_data;
    size_t m_pos = 0;
    bool m_ok = true;
};

std::vector<uint8_t> unescape(const uint8_t *p, int size)
{
    std::vector<uint8_t> out;
    out.reserve(size_t(size));
    int zeros = 0;
    for (int i = 0; i < size; ++i) {
        if (zeros >= 2 && p[i] == 3) {
            zeros = 0;
            continue;
        }
        zeros = p[i] == 0 ? zeros + 1 : 0;
        out.push_back(p[i]);
    }
    return out;
}

bool highProfile(unsigned idc)
{
    switch (idc) {
    case 100:
    case 110:
    case 122:
    case 244:
    case 44:
    case 83:
    case 86:
    case 118:
    case 128:
    case 138:
    case 139:
    case 134:
    case 135:
        return true;
    default:
        return false;
    }
}

int pixelFormatFor(int chroma, int depth, bool fullRange)
{
    if (depth == 8) {
        switch (chroma) {
        case 0:
            return AV_PIX_FMT_GRAY8;
        case 1:
            return fullRange ? AV_PIX_FMT_YUVJ420P : AV_PIX_FMT_YUV420P;
        case 2:
            return fullRange ? AV_PIX_FMT_YUVJ422P : AV_PIX_FMT_YUV422P;
        case 3:
            return fullRange ? AV_PIX_FMT_YUVJ444P : AV_PIX_FMT_YUV444P;
        }
    } else if (depth == 10) {
        switch (chroma) {
        case 1:
            return AV_PIX_FMT_YUV420P10;
        case 2:
            return AV_PIX_FMT_YUV422P10;
        case 3:
            return AV_PIX_FMT_YUV444P10;
        }
    }
    return -1; // rarer formats: let the decoder name them
}
} // namespace

bool AvcConfig::parse(const QByteArray &avcC, AvcConfig *out)
{
    const auto *p = reinterpret_cast<const uint8_t *>(avcC.constData());
    const int size = int(avcC.size());
    // configurationVersion, profile, compatibility, level, lengthSizeMinusOne, numOfSequenceParameterSets
    if (size < 8 || p[0] != 1 || (p[5] & 0x1f) < 1)
        return false;
    const int spsLength = (p[6] << 8) | p[7];
    if (spsLength < 4 || 8 + spsLength > size || (p[8] & 0x1f) != 7)
        return false;
    BitReader r(unescape(p + 9, spsLength - 1)); // after the NAL header byte
    AvcConfig c;
    const unsigned profileIdc = r.bits(8);
    const unsigned constraints = r.bits(8);
    c.level = int(r.bits(8));
    r.ue(); // seq_parameter_set_id
    if (highProfile(profileIdc)) {
        c.chromaFormat = int(r.ue());
        if (c.chromaFormat > 3)
            return false;
        if (c.chromaFormat == 3)
            r.bit(); // separate_colour_plane_flag
        c.bitDepth = int(r.ue()) + 8;
        r.ue();  // bit_depth_chroma_minus8
        r.bit(); // qpprime_y_zero_transform_bypass_flag
        if (r.bit())
            return false; // scaling matrices: rare; leave it to the decoder
    }
    if (!r.ok() || c.bitDepth > 14)
        return false;
    r.ue(); // log2_max_frame_num_minus4
    const unsigned pocType = r.ue();
    if (pocType == 0) {
        r.ue();
    } else if (pocType == 1) {
        r.bit();
        r.se();
        r.se();
        const unsigned cycle = r.ue();
        if (cycle > 255)
            return false;
        for (unsigned i = 0; i < cycle; ++i)
            r.se();
    } else if (pocType != 2) {
        return false;
    }
    r.ue();        // max_num_ref_frames
    r.bit();       // gaps_in_frame_num_value_allowed_flag
    r.ue();        // pic_width_in_mbs_minus1
    r.ue();        // pic_height_in_map_units_minus1
    if (!r.bit())  // frame_mbs_only_flag
        r.bit();   // mb_adaptive_frame_field_flag
    r.bit();       // direct_8x8_inference_flag
    if (r.bit()) { // frame_cropping_flag
        r.ue();
        r.ue();
        r.ue();
        r.ue();
    }
    if (r.bit()) {     // vui_parameters_present_flag
        if (r.bit()) { // aspect_ratio_info_present_flag
            if (r.bits(8) == 255)
                r.bits(32);
        }
        if (r.bit()) // overscan_info_present_flag
            r.bit();
        if (r.bit()) { // video_signal_type_present_flag
            r.bits(3);
            c.fullRange = r.bit();
        }
    }
    if (!r.ok())
        return false;
    c.profile = int(profileIdc);
    if (profileIdc == 66 && (constraints & 0x40))
        c.profile |= FF_PROFILE_H264_CONSTRAINED;
    if ((profileIdc == 110 || profileIdc == 122 || profileIdc == 244) && (constraints & 0x10))
        c.profile |= FF_PROFILE_H264_INTRA;
    c.pixelFormat = pixelFormatFor(c.chromaFormat, c.bitDepth, c.fullRange);
    if (c.pixelFormat < 0)
        return false;
    *out = c;
    return true;
}

int AvcConfig::aacProfile(const QByteArray &asc)
{
    if (asc.size() < 2)
        return -1;
    const auto *p = reinterpret_cast<const uint8_t *>(asc.constData());
    int type = p[0] >> 3;
    if (type == 31)
        type = 32 + (((p[0] & 7) << 3) | (p[1] >> 5));
    switch (type) {
    case 1:
        return FF_PROFILE_AAC_MAIN;
    case 2:
        return FF_PROFILE_AAC_LOW;
    case 3:
        return FF_PROFILE_AAC_SSR;
    case 4:
        return FF_PROFILE_AAC_LTP;
    case 5:
        return FF_PROFILE_AAC_HE;
    case 29:
        return FF_PROFILE_AAC_HE_V2;
    case 23:
        return FF_PROFILE_AAC_LD;
    case 39:
        return FF_PROFILE_AAC_ELD;
    default:
        return -1;
    }
}
