// Link Grammar behind a small value interface: options per call, messages swallowed (library
// code never prints), the dictionary created once and kept for the life of the process.
#include "ingest/en/link_parser.h"

#include <link-grammar/link-includes.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <mutex>

namespace kg::ingest {

namespace {

// Link Grammar reports through a handler; the default one writes to stderr.
void SwallowMessage(lg_errinfo*, void*) {}

// "signed.v-d" -> "signed" + "v-d"; "Kallisto[!<CAPITALIZED-WORDS>]" -> "Kallisto".
void SplitWord(const char* raw, LinkWord* w) {
  std::string s = raw ? raw : "";
  size_t bracket = s.find('[');
  if (bracket != std::string::npos && bracket > 0) s.erase(bracket);
  size_t dot = s.rfind('.');
  if (dot != std::string::npos && dot > 0 && dot + 1 < s.size() &&
      std::islower(static_cast<unsigned char>(s[dot + 1]))) {
    w->tag = s.substr(dot + 1);
    s.erase(dot);
  }
  w->text = s;
}

}  // namespace

LinkParser::LinkParser() {
  lg_error_set_handler(SwallowMessage, nullptr);
  dictionary_ = dictionary_create_lang("en");
}

const LinkParser& LinkParser::Shared() {
  // A function-local static: created on first use, once, thread-safe (C++11).
  static const LinkParser* parser = new LinkParser();
  return *parser;
}

ParseOutcome LinkParser::Parse(const std::string& text, const LinkParserLimits& limits,
                               LinkParse* out) const {
  if (!dictionary_) return ParseOutcome::kUnavailable;
  Dictionary dict = static_cast<Dictionary>(dictionary_);
  Parse_Options opts = parse_options_create();
  parse_options_set_verbosity(opts, 0);
  parse_options_set_max_parse_time(opts, limits.max_seconds);
  parse_options_set_linkage_limit(opts, limits.linkage_limit);
  parse_options_set_spell_guess(opts, 0);
  parse_options_set_islands_ok(opts, false);
  parse_options_set_min_null_count(opts, 0);
  parse_options_set_max_null_count(opts, 0);
  Sentence sent = sentence_create(text.c_str(), dict);
  ParseOutcome outcome = ParseOutcome::kNoLinkage;
  if (sent && sentence_split(sent, opts) == 0 && sentence_length(sent) <= limits.max_words + 2) {
    int found = sentence_parse(sent, opts);
    if (found <= 0 && !parse_options_timer_expired(opts) && limits.max_null_words > 0) {
      parse_options_set_min_null_count(opts, 1);
      parse_options_set_max_null_count(opts, limits.max_null_words);
      found = sentence_parse(sent, opts);
    }
    if (found > 0) {
      // The best linkage may read a whole sentence as a noun phrase ("Wa": "X and Y [who
      // were] invested in Z"); prefer the first one that reads it as a clause.
      Linkage linkage = nullptr;
      int shown = std::min(found, limits.linkage_limit);
      for (int k = 0; k < shown && !linkage; ++k) {
        Linkage probe = linkage_create(k, sent, opts);
        if (!probe) continue;
        bool fragment = false;
        for (size_t i = 0, links = linkage_get_num_links(probe); i < links; ++i) {
          if (linkage_get_link_lword(probe, i) == 0 &&
              std::strncmp(linkage_get_link_label(probe, i), "Wa", 2) == 0) {
            fragment = true;
          }
        }
        if (fragment) {
          linkage_delete(probe);
        } else {
          linkage = probe;
        }
      }
      if (!linkage) linkage = linkage_create(0, sent, opts);
      if (linkage) {
        outcome = ParseOutcome::kParsed;
        out->words.clear();
        out->links.clear();
        out->null_count = sentence_null_count(sent);
        int n = linkage_get_num_words(linkage);
        for (int i = 0; i < n; ++i) {
          LinkWord w;
          SplitWord(linkage_get_word(linkage, i), &w);
          int b = linkage_get_word_byte_start(linkage, i);
          int e = linkage_get_word_byte_end(linkage, i);
          w.begin = b < 0 ? 0 : static_cast<size_t>(b);
          w.end = e < b ? w.begin : static_cast<size_t>(e);
          out->words.push_back(std::move(w));
        }
        int links = linkage_get_num_links(linkage);
        for (int i = 0; i < links; ++i) {
          LinkEdge l;
          l.left = static_cast<int>(linkage_get_link_lword(linkage, i));
          l.right = static_cast<int>(linkage_get_link_rword(linkage, i));
          l.label = linkage_get_link_label(linkage, i);
          out->links.push_back(std::move(l));
        }
        linkage_delete(linkage);
      }
    } else if (parse_options_timer_expired(opts)) {
      outcome = ParseOutcome::kTimedOut;
    }
  }
  if (sent) sentence_delete(sent);
  parse_options_delete(opts);
  return outcome;
}

}  // namespace kg::ingest
