#include "CliCommand.h"

#include <algorithm>

namespace {
std::vector<CliCommandRegistry::Factory> &factories()
{
    static std::vector<CliCommandRegistry::Factory> list;
    return list;
}
} // namespace

void CliCommandRegistry::add(Factory factory)
{
    factories().push_back(std::move(factory));
}

std::vector<std::unique_ptr<CliCommand>> CliCommandRegistry::create()
{
    std::vector<std::unique_ptr<CliCommand>> out;
    for (const auto &f : factories())
        out.push_back(f());
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a->name() < b->name(); });
    return out;
}
