#include "demo/demo_file.h"

#include <cstdio>
#include <vector>

#include "core/embedded_files.h"

namespace safeboard::demo {

const json::object& DemoFile() {
  static const json::value demo = json::parse(core::EmbeddedFiles().at("mkscb-2011-12.json"));
  return demo.as_object();
}

core::FieldValues StringFields(const json::object& o) {
  core::FieldValues values;
  for (const auto& [key, value] : o)
    if (value.is_string()) values[std::string(key)] = std::string(value.as_string());
  return values;
}

std::string Str(const json::object& o, std::string_view key) {
  auto it = o.find(key);
  if (it == o.end() || it->value().is_null()) return "";
  return std::string(it->value().as_string());
}

std::optional<core::Date> OptDate(const json::object& o, std::string_view key) {
  std::string text = Str(o, key);
  if (text.empty()) return std::nullopt;
  auto date = core::ParseDate(text);
  if (!date) throw std::runtime_error("demo data: bad date '" + text + "' for " + std::string(key));
  return date;
}

core::Date RequiredDate(const json::object& o, std::string_view key) {
  auto date = OptDate(o, key);
  if (!date) throw std::runtime_error("demo data: no " + std::string(key));
  return *date;
}

std::int64_t Ref(const std::map<std::string, std::int64_t>& ids, const std::string& key, const char* what) {
  auto it = ids.find(key);
  if (it == ids.end()) throw std::runtime_error(std::string("demo data: unknown ") + what + " '" + key + "'");
  return it->second;
}

std::optional<std::int64_t> OptRef(const std::map<std::string, std::int64_t>& ids, const json::object& o,
                                   std::string_view key, const char* what) {
  std::string k = Str(o, key);
  if (k.empty()) return std::nullopt;
  return Ref(ids, k, what);
}

// A one-page PDF whose text is `title`: enough for a demo paper that opens in any reader.
std::string DemoPdf(const std::string& title, const std::vector<std::string>& lines) {
  auto literal = [](const std::string& line) {
    std::string text;
    for (char c : line) text += (c == '(' || c == ')' || c == '\\') ? ' ' : c;
    return "(" + text + ")";
  };
  // The title large, then each line below it.
  std::string stream = "BT /F1 18 Tf 72 720 Td " + literal(title) + " Tj /F1 11 Tf 0 -32 Td";
  for (const auto& line : lines) stream += " " + literal(line) + " Tj 0 -16 Td";
  stream += " ET";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  char line[32];
  for (auto offset : offsets) {
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace safeboard::demo
