// How a status reads at a glance. Each area says, in its pure rules, which tone each of its
// states has (a RAG of red is bad, a duty due soon is a warning); ui's status tags are the one
// place that turns a tone into a GOV.UK tag colour. So no page picks a colour, and areas need
// nothing from the HTML layer to say how their states look.
#pragma once
#include <string>

namespace safeboard::core {

enum class Tone {
  kNeutral,    // nothing to do: ended, not due yet, no update (grey)
  kGood,       // green: met, current, approved, quorate
  kWarning,    // yellow: amber, due soon, awaiting something
  kBad,        // red: overdue, not met, not quorate, late
  kInfo,       // blue: needs a decision, scheduled
  kSensitive,  // orange: confidential
  kPlain,      // the default dark blue: a plain fact (held)
};

struct Status {
  std::string label;
  Tone tone = Tone::kNeutral;
};

}  // namespace safeboard::core
