#pragma once

#include <QString>

#include <functional>

// What the workspace benchmarks share: output, timing, memory figures, and a workspace of realistic,
// complete resources built fast (one transaction, prepared statements).
namespace BenchData {

void print(const QString &text);
[[noreturn]] void die(const QString &text);
QString procStatus(const char *key);              // a line of /proc/self/status, e.g. "VmRSS"
double bestOf3(const std::function<void()> &run); // milliseconds

// A 640×360 JPEG cover in `dir`, shared by every resource of the built workspaces; its path.
QString writeCover(const QString &dir);

// The name of batch `index` (0-based) in a built workspace; batch 0 is "2022 第一批".
QString batchName(int index);
// A workspace of `batches` batches of `perBatch` complete resources each: every field filled with
// realistic values, one media file (a real, empty file of its own) and the shared cover JPEG each.
QString buildWorkspace(const QString &dir, int batches, int perBatch, const QString &cover);
QString buildWorkspace(const QString &dir, int count, const QString &cover); // one batch

// Spins the event loop until done() holds (or 120 s passed: then the benchmark fails).
void waitUntil(const std::function<bool()> &done, const char *what);

} // namespace BenchData
