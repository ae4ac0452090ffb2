#pragma once

#include "media/CheckReport.h"

class Profile;

// A check report's sentences said again in the current translation: the check may have run, and been
// cached, in another language (the UI's language changed since, or the package speaks the profile's,
// inside a Translations::LanguageScope). The media and link rules are judged again from the report's
// measured facts (MediaPolicy and LinkPolicy are pure, nothing is probed or fetched): each rule takes the
// profile's name and explanation in the current language, and the new expected, actual, message and hint
// where its status is unchanged, so no verdict moves. A rule only a full decode can judge (the deep check's
// integrity), a document and a file that could not be read keep their words.
namespace ReportWording {
CheckReport reworded(const CheckReport &report, const Profile &profile);
} // namespace ReportWording
