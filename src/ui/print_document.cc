#include "ui/print_document.h"

namespace safeboard::ui {

std::string PrintDocument(const std::string& title, const TrustedHtml& body) {
  Html h(body.str().size() + 2048);
  h.Append(Html::Doctype());
  h.Open("html", {{"lang", "en"}});
  h.Open("head");
  h.Void("meta", {{"charset", "utf-8"}});
  // Nothing is fetched: the document is printed from a file, with no network.
  h.Void("meta", {{"http-equiv", "Content-Security-Policy"}, {"content", "default-src 'none'; style-src 'unsafe-inline'"}});
  h.Element("title", title);
  // Font names unquoted: the builder escapes quotes, and CSS takes unquoted family names.
  h.Element("style",
            "@page{size:A4;margin:20mm 20mm 25mm}body{font-family:Liberation Sans,Arial,sans-serif;font-size:11pt;"
            "line-height:1.35;color:#0b0c0c}h1{font-size:20pt;margin:0 0 4pt}h2{font-size:15pt;margin:14pt 0 4pt}"
            "h3,h4,h5,h6{font-size:12pt;margin:10pt 0 2pt}p{margin:0 0 8pt}ol,ul{padding-left:20pt}li{margin:0 0 6pt}"
            ".meta{color:#505a5f}.papers{margin:4pt 0 0;padding-left:14pt;list-style:disc}.papers li{margin:0}"
            "dl{margin:0 0 8pt}dt{font-weight:bold;float:left;width:28%}dd{margin:0 0 4pt 30%}"
            "strong.govuk-tag{font-weight:bold;text-transform:none}");
  h.Close("head");
  h.Open("body");
  h.Append(body);
  h.Close("body").Close("html");
  return h.Take();
}

}  // namespace safeboard::ui
