#include "ui/status_tags.h"

#include <string>

namespace safeboard::ui {

std::string_view TagColour(core::Tone tone) {
  switch (tone) {
    case core::Tone::kNeutral: return "grey";
    case core::Tone::kGood: return "green";
    case core::Tone::kWarning: return "yellow";
    case core::Tone::kBad: return "red";
    case core::Tone::kInfo: return "blue";
    case core::Tone::kSensitive: return "orange";
    case core::Tone::kPlain: return "";
  }
  return "grey";
}

void StatusTag(Html& h, const core::Status& status) {
  auto colour = TagColour(status.tone);
  h.Element("strong", {{"class", colour.empty() ? std::string("govuk-tag") : "govuk-tag govuk-tag--" + std::string(colour)}},
            status.label);
}

}  // namespace safeboard::ui
