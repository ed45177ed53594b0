#include "ui/pages/import_page.h"

#include "ui/components.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

void ImportPageBody(Html& h, const http::Context& ctx, const std::string& what, const std::string& path,
                    std::span<const core::ImportColumn> columns, const FormState& form,
                    const std::function<void(Html&)>& extra) {
  h.Element("p", {{"class", "govuk-body"}},
            "Upload a CSV file or an Excel workbook (its first sheet) with a row of column headings and one row for "
            "each of the " + what + ". Every row is checked before anything is saved: if any row has a problem, nothing "
            "is saved and each problem is listed by its row.");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, path + "/template.xlsx", "Download the template (Excel)");
  h.Text(" or ");
  Link(h, path + "/template.csv", "as CSV");
  h.Close("p");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& c : columns)
    rows.push_back({TextCell(std::string(c.heading)), TextCell(c.required ? "Required" : "Optional"),
                    TextCell(std::string(c.hint))});
  Table(h, "Columns", {"Heading", "", "What to write"}, rows);
  if (extra) extra(h);
  h.Open("form", {{"method", "post"}, {"action", path}, {"enctype", "multipart/form-data"}});
  CsrfField(h, ctx.csrf_token);
  FileUpload(h, form, "file", "Spreadsheet (CSV or Excel)", "");
  Button(h, "Check and import");
  h.Close("form");
}

http::Response ImportTemplateCsvFor(const std::string& file_stem, std::span<const core::ImportColumn> columns) {
  std::vector<std::string> headings;
  for (const auto& c : columns) headings.emplace_back(c.heading);
  return CsvDownload(file_stem + "-template.csv", headings, {});
}

http::Response ImportTemplateXlsxFor(const std::string& file_stem, const std::string& sheet_name,
                                     std::span<const core::ImportColumn> columns) {
  Sheet template_sheet{sheet_name, {}, {}};
  Sheet notes{"How to fill it in", {"Heading", "Required", "What to write"}, {}};
  for (const auto& c : columns) {
    template_sheet.headings.emplace_back(c.heading);
    notes.rows.push_back({std::string(c.heading), c.required ? "Required" : "Optional", std::string(c.hint)});
  }
  http::Response r{200, {{"Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}},
                   XlsxBytes({template_sheet, notes})};
  r.SetHeader("Content-Disposition", "attachment; filename=\"" + file_stem + "-template.xlsx\"");
  return r;
}

}  // namespace safeboard::ui::pages
