// Status tags: every status a page shows goes through here (GOV.UK Design System "Tag").
// Areas give a core::Status (label and tone); this is the only place with tag colours.
#pragma once
#include <string_view>

#include "core/status.h"
#include "ui/html.h"

namespace safeboard::ui {

// The GOV.UK tag colour modifier for a tone ("" for the default dark blue).
std::string_view TagColour(core::Tone tone);
// <strong class="govuk-tag govuk-tag--COLOUR">label</strong>
void StatusTag(Html& h, const core::Status& status);

}  // namespace safeboard::ui
