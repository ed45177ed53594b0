// The packaged converters, each a child process in a scratch directory.
#include "documents/convert.h"

#include <cstdlib>

#include "documents/run_program.h"

namespace safeboard::documents {
namespace {

constexpr std::chrono::seconds kConversionLimit{90};

Converted Failed(const std::string& tool, const ProgramResult& run) {
  std::string why = run.output.substr(0, 600);
  return {false, "", tool + " failed" + (run.ran ? " (exit " + std::to_string(run.exit_code) + ")" : "") +
                         (why.empty() ? "" : ": " + why)};
}

Converted Produced(const std::filesystem::path& file, const std::string& tool, const ProgramResult& run) {
  if (!run.ran || run.exit_code != 0 || !std::filesystem::exists(file)) return Failed(tool, run);
  return {true, ReadFile(file), ""};
}

std::string ChromiumPath() {
  const char* configured = std::getenv("CHROMIUM");
  if (configured && *configured) return configured;
  return std::filesystem::exists("/usr/bin/chromium") ? "/usr/bin/chromium" : "chromium";
}

}  // namespace

Converted HtmlToPdf(std::string_view html) {
  ScratchDirectory scratch;
  auto page = scratch.path() / "page.html";
  auto pdf = scratch.path() / "page.pdf";
  WriteFile(page, html);
  // The flags a headless Chromium needs on a closed server: no sandbox (it may run as root),
  // no GPU, and no background connections to Google's services.
  auto run = RunProgram({ChromiumPath(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                         "--no-first-run", "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--disable-extensions", "--user-data-dir=" + (scratch.path() / "profile").string(),
                         "--no-pdf-header-footer", "--print-to-pdf=" + pdf.string(), "file://" + page.string()},
                        scratch.path(), kConversionLimit);
  return Produced(pdf, "chromium", run);
}

Converted OfficeToPdf(std::string_view bytes, std::string_view extension) {
  ScratchDirectory scratch;
  auto input = scratch.path() / ("paper." + std::string(extension));
  WriteFile(input, bytes);
  // Its own user profile, so that two conversions at once never share LibreOffice's lock.
  auto run = RunProgram({"soffice", "-env:UserInstallation=file://" + (scratch.path() / "profile").string(),
                         "--headless", "--norestore", "--convert-to", "pdf", "--outdir", scratch.path().string(),
                         input.string()},
                        scratch.path(), kConversionLimit);
  return Produced(scratch.path() / "paper.pdf", "soffice", run);
}

Converted PdfToText(std::string_view pdf) {
  ScratchDirectory scratch;
  auto input = scratch.path() / "paper.pdf";
  auto text = scratch.path() / "paper.txt";
  WriteFile(input, pdf);
  auto run = RunProgram({"pdftotext", "-q", "-enc", "UTF-8", input.string(), text.string()}, scratch.path(),
                        kConversionLimit);
  return Produced(text, "pdftotext", run);
}

}  // namespace safeboard::documents
