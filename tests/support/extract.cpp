// The extraction helpers of extract.h over one shared pipeline.
#include "tests/support/extract.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "ingest/lexicon.h"
#include "ingest/pipeline.h"
#include "ingest/relations.h"
#include "tests/support/test_macros.h"

namespace kg::testing {

namespace {

const ingest::Pipeline& SharedPipeline() {
  static const ingest::Pipeline* pipeline = [] {
    auto lexicon = ingest::Lexicon::Default();
    auto relations = ingest::RelationVocabulary::Default();
    REQUIRE_OK(lexicon);
    REQUIRE_OK(relations);
    return new ingest::Pipeline(std::move(lexicon).value(), std::move(relations).value());
  }();
  return *pipeline;
}

ingest::Extraction Extract(const std::string& text, const std::string& format = "text") {
  ingest::PipelineOptions options;
  auto parsed = ingest::ParseFormat(format);
  REQUIRE_OK(parsed);
  options.format = *parsed;
  auto x = SharedPipeline().Run(text, options);
  REQUIRE_OK(x);
  return std::move(x).value();
}

std::string Render(const ingest::Extraction& x, const ingest::ExtractedFact& f,
                   bool all_qualifiers) {
  auto value_text = [&](int v) { return x.values[static_cast<size_t>(v)].literal.lexical; };
  std::string line = f.negated ? "NOT " : "";
  line += x.entities[static_cast<size_t>(f.subject)].name + " " + f.relation + " ";
  line += f.object_entity >= 0 ? x.entities[static_cast<size_t>(f.object_entity)].name
                               : value_text(f.object_value);
  std::string q;
  for (const auto& [k, v] : f.value_qualifiers) {
    if (!all_qualifiers && k != "date" && k != "amount" && k != "status") continue;
    q += (q.empty() ? "" : " ") + k + "=" + value_text(v);
  }
  if (!q.empty()) line += " {" + q + "}";
  return line;
}

std::vector<std::string> Rendered(const ingest::Extraction& x, bool all_qualifiers, bool lines) {
  std::vector<std::string> out;
  for (const ingest::ExtractedFact& f : x.facts) {
    std::string line = Render(x, f, all_qualifiers);
    if (lines)
      line = std::to_string(x.sentences[static_cast<size_t>(f.sentence - 1)].line) + ": " + line;
    if (std::find(out.begin(), out.end(), line) == out.end()) out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<std::string> FactsOf(const std::string& text, bool all_qualifiers) {
  return Rendered(Extract(text), all_qualifiers, false);
}

std::vector<std::string> FactsOfDocument(const std::string& text, const std::string& format) {
  return Rendered(Extract(text, format), false, false);
}

std::vector<std::string> MarkdownFacts(const std::string& markdown) {
  std::vector<std::string> facts = FactsOfDocument(markdown, "markdown");
  for (const std::string& f : facts) UNSCOPED_INFO(f);
  return facts;
}

bool Contains(const std::vector<std::string>& facts, const std::string& fact) {
  return std::find(facts.begin(), facts.end(), fact) != facts.end();
}

bool MarkdownFactMentions(const std::string& markdown, const std::string& part) {
  for (const std::string& f : MarkdownFacts(markdown)) {
    if (f.find(part) != std::string::npos) return true;
  }
  return false;
}

std::vector<std::string> FactLinesOfDocument(const std::string& text, const std::string& format) {
  return Rendered(Extract(text, format), false, true);
}

std::vector<std::string> EntitiesOf(const std::string& text) {
  ingest::Extraction x = Extract(text);
  std::vector<std::string> out;
  for (const ingest::ExtractedEntity& e : x.entities) out.push_back(e.name + " (" + e.type + ")");
  std::sort(out.begin(), out.end());
  return out;
}

bool HasFact(const std::string& text, const std::string& fact, const std::string& format) {
  std::vector<std::string> facts = format == "text" ? FactsOf(text) : FactsOfDocument(text, format);
  bool found = std::find(facts.begin(), facts.end(), fact) != facts.end();
  if (!found) {
    UNSCOPED_INFO(text);
    for (const std::string& f : facts) UNSCOPED_INFO(f);
  }
  return found;
}

bool HasEntity(const std::string& text, const std::string& entity) {
  std::vector<std::string> entities = EntitiesOf(text);
  bool found = std::find(entities.begin(), entities.end(), entity) != entities.end();
  if (!found) {
    for (const std::string& e : entities) UNSCOPED_INFO(e);
  }
  return found;
}

bool HasRelation(const std::string& text, const std::string& relation, const std::string& format) {
  for (const std::string& f : FactsOfDocument(text, format)) {
    if (f.find(" " + relation + " ") != std::string::npos) return true;
  }
  return false;
}

}  // namespace kg::testing
