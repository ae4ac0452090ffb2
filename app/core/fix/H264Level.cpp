#include "fix/H264Level.h"

#include <cmath>

namespace {
struct Limit
{
    int level;
    const char *text;
    double maxMacroblocksPerSecond;
    double maxFrameMacroblocks;
    double maxKbps; // Baseline/Main; High allows 1.25×
};

constexpr Limit limits[] = {
    {10, "1", 1485, 99, 64},
    {11, "1.1", 3000, 396, 192},
    {12, "1.2", 6000, 396, 384},
    {13, "1.3", 11880, 396, 768},
    {20, "2", 11880, 396, 2000},
    {21, "2.1", 19800, 792, 4000},
    {22, "2.2", 20250, 1620, 4000},
    {30, "3", 40500, 1620, 10000},
    {31, "3.1", 108000, 3600, 14000},
    {32, "3.2", 216000, 5120, 20000},
    {40, "4", 245760, 8192, 20000},
    {41, "4.1", 245760, 8192, 50000},
    {42, "4.2", 522240, 8704, 50000},
    {50, "5", 589824, 22080, 135000},
    {51, "5.1", 983040, 36864, 240000},
    {52, "5.2", 2073600, 36864, 240000},
};
} // namespace

int H264Level::lowest(int width, int height, double fps, double bitsPerSecond, bool highProfile)
{
    const double macroblocks = std::ceil(width / 16.0) * std::ceil(height / 16.0);
    for (const Limit &l : limits) {
        const double maxBps = l.maxKbps * 1000.0 * (highProfile ? 1.25 : 1.0);
        // MaxFS also bounds each side: sqrt(8 × MaxFS) macroblocks (A.3.1 f, g)
        const double maxSide = std::sqrt(8.0 * l.maxFrameMacroblocks);
        if (macroblocks <= l.maxFrameMacroblocks && macroblocks * fps <= l.maxMacroblocksPerSecond &&
            bitsPerSecond <= maxBps && std::ceil(width / 16.0) <= maxSide &&
            std::ceil(height / 16.0) <= maxSide)
            return l.level;
    }
    return -1;
}

const char *H264Level::text(int level)
{
    for (const Limit &l : limits)
        if (l.level == level)
            return l.text;
    return "?";
}
