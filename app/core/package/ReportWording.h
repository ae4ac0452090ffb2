#pragma once

#include "media/CheckReport.h"

class Profile;

// A check report's sentences said again in the current translation, for the texts written into a
// package in the profile's language (inside a Translations::LanguageScope): the check may have run, and
// been cached, in another UI language. The media rules are judged again from the report's measured
// facts (MediaPolicy is pure, nothing is probed) and each rule takes the new expected, actual, message
// and hint where its status is unchanged, so no verdict moves. A rule only a full decode can judge (the
// deep check's integrity), a link check and a file that could not be read keep their words.
namespace ReportWording {
CheckReport reworded(const CheckReport &report, const Profile &profile);
} // namespace ReportWording
