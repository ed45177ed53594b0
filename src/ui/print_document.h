// A page written to be printed to PDF (issue 15: the agenda pack, minutes): a whole, plain HTML
// document that fetches nothing, in print styles close to GOV.UK's type.
#pragma once
#include <string>
#include <string_view>

#include "ui/html.h"

namespace safeboard::ui {

std::string PrintDocument(const std::string& title, const TrustedHtml& body);

}  // namespace safeboard::ui
