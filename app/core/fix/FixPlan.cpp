#include "fix/FixPlan.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

QStringList FixPlan::arguments(const QString &input, const QString &output,
                               const QString &loudnessFilter) const
{
    QStringList args{u"-i"_s, input};
    args += extraInputs;
    args += maps;
    args += videoOptions;
    args += audioOptions;
    QStringList filters = audioFilters;
    if (!loudnessFilter.isEmpty())
        filters.append(loudnessFilter);
    if (!filters.isEmpty())
        args += {u"-af"_s, filters.join(u',')};
    args += muxOptions;
    args.append(output);
    return args;
}

QString FixPlan::actionName(Action action)
{
    switch (action) {
    case Action::Nothing:
        return u"nothing"_s;
    case Action::Remux:
        return u"remux"_s;
    case Action::AudioOnly:
        return u"audio-only"_s;
    case Action::Transcode:
        return u"transcode"_s;
    case Action::ConvertAudio:
        return u"convert-audio"_s;
    case Action::NeedsChoice:
        return u"needs-choice"_s;
    case Action::Impossible:
        break;
    }
    return u"impossible"_s;
}

QString FixPlan::headline() const
{
    switch (action) {
    case Action::Nothing:
        return tr("The file already meets the standard; it is copied unchanged.");
    case Action::Remux:
        return tr("Quick fix: the picture and sound are kept exactly as they are, only the file around them "
                  "changes.");
    case Action::AudioOnly:
        return tr("The picture is kept exactly as it is; only the sound is converted.");
    case Action::Transcode:
        return tr("The video is converted again (this takes a while and changes the picture slightly).");
    case Action::ConvertAudio:
        return tr("The sound is converted to the required format.");
    case Action::NeedsChoice:
        return tr("This file can only be fixed if you choose to: %1").arg(blocker);
    case Action::Impossible:
        break;
    }
    return tr("This file cannot be fixed here: %1").arg(blocker);
}

QString FixPlan::describe() const
{
    QStringList lines{headline()};
    for (const QString &change : changes)
        lines.append(u"  • "_s + change);
    if (runnable() && estimatedBytes >= 0) {
        const QLocale locale;
        lines.append(tr("  Estimated size %1, time about %2 s.")
                         .arg(locale.formattedDataSize(estimatedBytes))
                         .arg(qMax(1.0, estimatedSeconds), 0, 'f', 0));
    }
    return lines.join(u'\n');
}

QJsonObject FixPlan::toJson() const
{
    QJsonObject o{{"action"_L1, actionName(action)},
                  {"kind"_L1, kind},
                  {"headline"_L1, headline()},
                  {"changes"_L1, QJsonArray::fromStringList(changes)},
                  {"details"_L1, QJsonArray::fromStringList(details)},
                  {"estimated_bytes"_L1, estimatedBytes},
                  {"estimated_seconds"_L1, estimatedSeconds},
                  {"loudness"_L1, loudness}};
    if (!blocker.isEmpty())
        o.insert("blocker"_L1, blocker);
    if (!choice.isEmpty())
        o.insert("choice"_L1, choice);
    if (!upscaledFrom.isEmpty())
        o.insert("upscaled_from"_L1, upscaledFrom);
    return o;
}
