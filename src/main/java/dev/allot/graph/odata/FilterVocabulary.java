package dev.allot.graph.odata;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a filter over one kind of entity may name: its properties, its collections, and the summary of what is supported. */
record FilterVocabulary(String entity, List<FilterProperty> properties, Map<String, CollectionFilter> collections, String help) {

    FilterVocabulary {
        properties = List.copyOf(properties);
        collections = Map.copyOf(collections);
    }

    /** The property the path names (case-insensitively, as Graph matches names), or a refusal listing those there are. */
    FilterProperty property(PropertyPath path) {
        if (path.isSimple()) {
            Optional<FilterProperty> match = properties.stream().filter(p -> p.name().equalsIgnoreCase(path.first())).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            Optional<CollectionFilter> collection = collectionNamed(path.first());
            if (collection.isPresent()) {
                throw FilterErrors.unsupported("'" + path + "' is a collection", path.position(), collection.get().usage() + " " + help);
            }
        }
        throw FilterErrors.unsupported("property '" + path + "' cannot be filtered on", path.position(), propertyHelp());
    }

    /** The collection the path starts with (assignedLicenses/...), or a refusal. */
    CollectionFilter collection(PropertyPath path) {
        return collectionNamed(path.first())
                .orElseThrow(() -> FilterErrors.unsupported("'" + path.first() + "' is not a collection that can be filtered on",
                        path.position(), propertyHelp()));
    }

    private Optional<CollectionFilter> collectionNamed(String name) {
        return collections.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    String propertyHelp() {
        return "Filterable properties of " + entity + ": " + names(properties.stream().map(FilterProperty::name).toList()) + ". " + help;
    }

    String startsWithHelp() {
        return "startswith() works on: " + names(properties.stream().filter(FilterProperty::startsWith).map(FilterProperty::name).toList())
                + ". " + help;
    }

    private static String names(List<String> names) {
        return String.join(", ", names);
    }
}
