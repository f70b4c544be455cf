package org.wegov.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Prefixes of each token: what search-as-you-type matches against. */
@NamedComponent("edge_ngram")
public final class EdgeNGramTokenFilterFactory implements TokenFilterFactory {
    private final GramSettings settings;

    @Inject
    public EdgeNGramTokenFilterFactory(GramSettings settings) {
        this.settings = settings;
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new EdgeNGramTokenFilter(input, settings.minGram(), settings.maxGram(), settings.preserveOriginal());
    }
}
