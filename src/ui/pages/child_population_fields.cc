#include "ui/pages/child_population_fields.h"

namespace safeboard::ui::pages {

void ChildPopulationFields(Html& h, const FormState& form, const std::string& legend, const std::string& hint,
                           int rows) {
  h.Open("fieldset", {{"class", "govuk-fieldset"}});
  h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--m"}}, legend);
  h.Element("div", {{"class", "govuk-hint"}}, hint);
  for (int row = 1; row <= rows; ++row) {
    std::string prefix = "population-" + std::to_string(row);
    h.Open("div", {{"class", "govuk-grid-row"}});
    h.Open("div", {{"class", "govuk-grid-column-one-quarter"}});
    TextInput(h, form, prefix + "-year", "Year " + std::to_string(row),
              {.hint = row == 1 ? "Like 2025-26" : "", .width_class = "govuk-input--width-5"});
    h.Close("div").Open("div", {{"class", "govuk-grid-column-one-half"}});
    TextInput(h, form, prefix + "-children", "Children in year " + std::to_string(row),
              {.hint = row == 1 ? "Like 58,600" : "", .width_class = "govuk-input--width-10"});
    h.Close("div").Close("div");
  }
  h.Close("fieldset");
}

}  // namespace safeboard::ui::pages
