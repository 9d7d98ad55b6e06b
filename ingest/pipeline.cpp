// Wiring of the ingest stages; keeps only entities the text actually mentions.
#include "ingest/pipeline.h"

#include <set>

#include "ingest/documents/flat_text.h"
#include "ingest/mentions/doc_entities.h"
#include "ingest/mentions/emphasis.h"
#include "ingest/en/en_extract.h"
#include "ingest/en/en_prepare.h"
#include "ingest/fact_sink.h"
#include "ingest/mentions/gazetteer.h"
#include "ingest/ko/ko_chunker.h"
#include "ingest/ko/ko_announced_lists.h"
#include "ingest/ko/ko_extract.h"
#include "ingest/mentions/mentions.h"
#include "ingest/period_dates.h"
#include "ingest/sentences.h"
#include "ingest/values.h"

namespace kg::ingest {

struct Pipeline::Impl {
  Lexicon lexicon;
  RelationVocabulary relations;
  Gazetteer names;
  std::unique_ptr<MentionFinder> finder;
  std::unique_ptr<KoreanChunker> chunker;  // made for the first Korean document
  KoreanMorphology* morphology = nullptr;
  std::unique_ptr<KoreanExtractor> korean;
  std::unique_ptr<EnglishExtractor> english;
};

Pipeline::Pipeline(Lexicon lexicon, RelationVocabulary relations) : impl_(std::make_unique<Impl>()) {
  impl_->lexicon = std::move(lexicon);
  impl_->relations = std::move(relations);
  const auto& entries = impl_->lexicon.entries();
  for (size_t i = 0; i < entries.size(); ++i) {
    impl_->names.Add(entries[i].name, static_cast<int>(i));
    for (const Alias& a : entries[i].aliases) impl_->names.Add(a.text, static_cast<int>(i));
  }
  impl_->finder = std::make_unique<MentionFinder>(impl_->lexicon, impl_->names, impl_->relations);
  impl_->korean = std::make_unique<KoreanExtractor>(impl_->relations, impl_->lexicon);
  impl_->english = std::make_unique<EnglishExtractor>(impl_->relations);
}

Pipeline::~Pipeline() = default;

const Lexicon& Pipeline::lexicon() const { return impl_->lexicon; }
const RelationVocabulary& Pipeline::relations() const { return impl_->relations; }

Result<Extraction> Pipeline::Run(std::string_view text, const PipelineOptions& options) const {
  Extraction out;
  // Markdown and HTML are read into blocks of plain text first; the sentence splitter reads
  // them one block per line, and each sentence's line is mapped back to the source file's.
  const bool structured = options.format != DocumentFormat::kText;
  FlatText flat;
  std::vector<std::string> emphasized;
  std::string written_on;
  std::vector<Block> parsed_blocks;
  if (structured) {
    Result<ParsedDocument> doc = ReadDocument(text, options.format);
    if (!doc.ok()) return doc.status();
    flat = Flatten(*doc);
    parsed_blocks = doc->blocks;
    out.title = doc->title;
    written_on = doc->date;
    for (const Block& b : doc->blocks) {
      for (const TextSpan& n : b.names) {
        std::string span = b.text.substr(n.begin, n.end - n.begin);
        if (n.end < b.text.size() && b.text[n.end] == ':') span += ':';  // **현재 상황**: a label
        emphasized.push_back(std::move(span));
      }
    }
  }
  std::string normalized = NormalizeText(structured ? std::string_view(flat.text) : text);
  out.language = options.language.empty() ? DetectLanguage(normalized) : options.language;
  if (out.language == "ko" && !impl_->chunker) {
    Result<KoreanMorphology*> morphology = KoreanMorphology::Get();
    if (!morphology.ok()) return morphology.status();
    impl_->morphology = *morphology;
    impl_->finder->set_morphology(*morphology);
    impl_->chunker = std::make_unique<KoreanChunker>(impl_->relations, *impl_->finder, *morphology);
  }
  SplitDocument split = Split(normalized, out.language);
  DocDate date = split.date;
  // "BOSTON, June 2, 2025 -- ...": a wire story's dateline dates it when nothing else does.
  for (size_t k = 0; !date.known() && k < split.sentences.size() && k < 3; ++k) {
    const std::string& text = split.sentences[k].text;
    if (size_t end = DatelineEnd(text); end > 0) ParseFullDate(std::string_view(text).substr(0, end), &date);
  }
  if (!written_on.empty()) ParseFullDate(written_on, &date);
  if (!options.date.empty()) ParseFullDate(options.date, &date);
  if (date.known()) {
    char buf[40];  // room for any int the format may print
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", date.year, date.month, date.day);
    out.document_date = buf;
  }
  out.sentences = split.sentences;
  if (structured) {
    for (Sentence& s : out.sentences) {
      // Block i is on line 2i+1 of the flat text: a table row keeps its cells and header.
      size_t block = static_cast<size_t>(s.line > 0 ? (s.line - 1) / 2 : 0);
      if (block < parsed_blocks.size()) s.block = static_cast<int>(block);
      if (block < parsed_blocks.size() && parsed_blocks[block].kind == Block::Kind::kTableRow) {
        s.cells = parsed_blocks[block].cells;
        s.header = parsed_blocks[block].header;
      }
      if (block < parsed_blocks.size()) s.period = parsed_blocks[block].period;
      s.line = flat.SourceLine(s.line, 0);
    }
  }

  // Values found without the document's date: the mention finder only needs their spans.
  std::vector<std::vector<ValueMention>> undated;
  undated.reserve(out.sentences.size());
  for (const Sentence& s : out.sentences) undated.push_back(FindValues(s.text, DocDate{}));

  DocEntities entities(impl_->lexicon, impl_->names);
  LearnEmphasizedNames(emphasized, out.language == "ko" ? impl_->morphology : nullptr,
                       [&](const std::string& w) { return impl_->finder->IsTitle(w); }, &entities);
  for (size_t k = 0; k < out.sentences.size(); ++k) {
    impl_->finder->Learn(out.sentences[k], undated[k], &entities);
  }

  Extraction facts;  // entity indexes of `entities` until remapped below
  FactSink sink(&facts);
  Discourse discourse;
  EnglishStats english;
  english.trace = options.parse_trace;
  std::set<int> mentioned;
  for (size_t k = 0; k < out.sentences.size(); ++k) {
    const Sentence& s = out.sentences[k];
    std::vector<Mention> mentions = impl_->finder->Find(s, undated[k], &entities);
    if (out.language != "ko") impl_->english->ResolveNames(s, &mentions, &entities, &english);
    for (const Mention& m : mentions) {
      mentioned.insert(m.entity);
      if (m.owner >= 0) mentioned.insert(m.owner);
    }
    std::vector<ValueMention> values = FindValues(s.text, date);
    const size_t first_fact = facts.facts.size();
    if (out.language == "ko") {
      Chunked chunks = impl_->chunker->Chunk(s, mentions, values, entities);
      impl_->korean->Extract(s, mentions, values, chunks, &entities, &discourse, &sink);
    } else {
      impl_->english->Extract(s, mentions, values, date, &entities, &discourse, &sink, &english);
    }
    DateByPeriod(s.period, first_fact, &sink);
  }
  // Lists a heading or an intro sentence announces as a thing's features, limits or steps.
  if (out.language == "ko" && structured) {
    ReadAnnouncedLists(parsed_blocks, out.sentences, impl_->relations, &entities, &sink);
  }
  for (const ExtractedFact& f : facts.facts) {
    mentioned.insert(f.subject);
    if (f.object_entity >= 0) mentioned.insert(f.object_entity);
  }
  // Keep the mentioned entities, renumbered.
  std::map<int, int> remap;
  for (int e : mentioned) {
    remap[e] = static_cast<int>(out.entities.size());
    out.entities.push_back(entities.at(e));
  }
  if (impl_->morphology) impl_->morphology->Flush();
  out.parsed_sentences = english.parsed;
  out.parse_fallbacks = english.fallbacks;
  out.values = facts.values;
  for (ExtractedFact f : facts.facts) {
    f.subject = remap.at(f.subject);
    if (f.object_entity >= 0) f.object_entity = remap.at(f.object_entity);
    for (auto& [k, v] : f.entity_qualifiers) v = remap.at(v);
    out.facts.push_back(std::move(f));
  }
  return out;
}

}  // namespace kg::ingest
