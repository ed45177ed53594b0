// The child population rows of a form (year and number of children), read back by
// governance::ReadChildPopulations: on the new partnership form and the child population page.
#pragma once
#include "ui/components.h"

namespace safeboard::ui::pages {

// Rows 1..rows as population-N-year and population-N-children, in a fieldset with `legend`.
void ChildPopulationFields(Html& h, const FormState& form, const std::string& legend, const std::string& hint,
                           int rows);

}  // namespace safeboard::ui::pages
