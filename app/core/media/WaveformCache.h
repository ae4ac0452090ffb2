#pragma once

#include "media/Waveform.h"

class Workspace;

// The workspace's cache of waveform overviews (table waveform_cache, migration 0006), keyed by the file's
// identity (absolute path, size, modification time) and Waveform::parametersKey. Used on the thread that
// owns the Workspace; the overview itself is computed elsewhere.
class WaveformCache
{
public:
    explicit WaveformCache(Workspace &workspace) : m_workspace(workspace) {}

    // False when nothing usable is stored for the file as it is now.
    bool find(const QString &path, const Waveform::Options &options, Waveform::Data *data) const;
    // False with `error` (naming the file) when the overview could not be written.
    bool store(const QString &path, const Waveform::Options &options, const Waveform::Data &data,
               QString *error);

private:
    Workspace &m_workspace;
};
