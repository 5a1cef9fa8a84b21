using System.Globalization;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>
/// Names for the directory scenario, varied as a real gym's are: 64 first and 96 last names from many
/// languages, with accents and letters that fold to several ASCII letters (Müller, Øyvind, Groß, Þórsson),
/// multi-word and hyphenated ones (van der Berg, Anne-Marie), combined by a hash of the row so that first
/// and last names do not repeat in step. Emails come in three styles (first.last.N, flastN, first_N), so an
/// email prefix is not always a name prefix.
/// </summary>
public sealed class VariedMemberNames : IMemberNames
{
    public static VariedMemberNames Instance { get; } = new();

    public IReadOnlyList<NamePart> FirstNames { get; } =
    [
        new("Ada", "ada"), new("Ben", "ben"), new("Anna", "anna"), new("Maria", "maria"), new("Mohammed", "mohammed"),
        new("Wei", "wei"), new("Priya", "priya"), new("Liam", "liam"), new("Olivia", "olivia"), new("Noah", "noah"),
        new("Emma", "emma"), new("Lucas", "lucas"), new("Mia", "mia"), new("Aisha", "aisha"), new("Kenji", "kenji"),
        new("Sofia", "sofia"), new("Mateo", "mateo"), new("Leila", "leila"), new("Ivan", "ivan"), new("Nora", "nora"),
        new("Omar", "omar"), new("Hana", "hana"), new("Elias", "elias"), new("Freya", "freya"), new("Tariq", "tariq"),
        new("Yara", "yara"), new("Jonas", "jonas"), new("Ingrid", "ingrid"), new("Rafael", "rafael"), new("Amara", "amara"),
        new("Diego", "diego"), new("Sven", "sven"), new("Eva", "eva"), new("Karim", "karim"), new("Lena", "lena"),
        new("Minh", "minh"), new("Astrid", "astrid"), new("Ngozi", "ngozi"), new("Zoë", "zoe"), new("Łukasz", "lukasz"),
        new("Øyvind", "oyvind"), new("José", "jose"), new("Anne-Marie", "annemarie"), new("Chloé", "chloe"), new("Björn", "bjorn"),
        new("Şule", "sule"), new("Mária", "maria"), new("François", "francois"), new("Ægir", "aegir"), new("Jürgen", "jurgen"),
        new("Noémie", "noemie"), new("Tomás", "tomas"), new("Siobhán", "siobhan"), new("Renée", "renee"), new("Søren", "soren"),
        new("Dóra", "dora"), new("Ľubica", "lubica"), new("Íñigo", "inigo"), new("Håkon", "hakon"), new("Jean-Luc", "jeanluc"),
        new("Mei Ling", "meiling"), new("Ana Sofía", "anasofia"), new("Grzegorz", "grzegorz"), new("Thọ", "tho"),
    ];

    public IReadOnlyList<NamePart> LastNames { get; } =
    [
        new("Müller", "muller"), new("Groß", "gross"), new("Øvergård", "overgard"), new("García", "garcia"), new("Núñez", "nunez"),
        new("Çelik", "celik"), new("Kowalski", "kowalski"), new("Nowak", "nowak"), new("Wiśniewska", "wisniewska"), new("Dvořák", "dvorak"),
        new("Sørensen", "sorensen"), new("Ó Briain", "obriain"), new("van der Berg", "vanderberg"), new("De la Cruz", "delacruz"), new("Smith-Jones", "smithjones"),
        new("O'Neil", "oneil"), new("Nguyễn", "nguyen"), new("Lê", "le"), new("Papadopoulos", "papadopoulos"), new("Jansen", "jansen"),
        new("Holm", "holm"), new("Kaur", "kaur"), new("Singh", "singh"), new("Ito", "ito"), new("Tanaka", "tanaka"),
        new("Kim", "kim"), new("Park", "park"), new("Chen", "chen"), new("Wang", "wang"), new("Li", "li"),
        new("Ahmed", "ahmed"), new("Hassan", "hassan"), new("Rossi", "rossi"), new("Bianchi", "bianchi"), new("Ferreira", "ferreira"),
        new("Silva", "silva"), new("Santos", "santos"), new("Dubois", "dubois"), new("Lefèvre", "lefevre"), new("Björk", "bjork"),
        new("Lindqvist", "lindqvist"), new("Andersson", "andersson"), new("Johansson", "johansson"), new("Novák", "novak"), new("Horváth", "horvath"),
        new("Kovačević", "kovacevic"), new("Petrović", "petrovic"), new("Popescu", "popescu"), new("Ivanova", "ivanova"), new("Smirnov", "smirnov"),
        new("Yılmaz", "yilmaz"), new("Demir", "demir"), new("Öztürk", "ozturk"), new("Åberg", "aberg"), new("Ekström", "ekstrom"),
        new("Fernández", "fernandez"), new("Martínez", "martinez"), new("López", "lopez"), new("González", "gonzalez"), new("Rodríguez", "rodriguez"),
        new("Pérez", "perez"), new("Brown", "brown"), new("Taylor", "taylor"), new("Wilson", "wilson"), new("Murphy", "murphy"),
        new("O'Connor", "oconnor"), new("MacLeod", "macleod"), new("Fitzgerald", "fitzgerald"), new("Schmidt", "schmidt"), new("Schneider", "schneider"),
        new("Fischer", "fischer"), new("Weiß", "weiss"), new("Köhler", "kohler"), new("Zając", "zajac"), new("Mäkinen", "makinen"),
        new("Virtanen", "virtanen"), new("Korhonen", "korhonen"), new("Håkansson", "hakansson"), new("Þórsson", "thorsson"), new("Æbelø", "aebelo"),
        new("Ferrari", "ferrari"), new("Romano", "romano"), new("Costa", "costa"), new("Oliveira", "oliveira"), new("Haddad", "haddad"),
        new("Khan", "khan"), new("Patel", "patel"), new("Sharma", "sharma"), new("Okafor", "okafor"), new("Mensah", "mensah"),
        new("Adeyemi", "adeyemi"), new("Le Roux", "leroux"), new("St. John", "stjohn"), new("Al-Farsi", "alfarsi"), new("Da Silva", "dasilva"),
        new("Van Dijk", "vandijk"),
    ];

    public GeneratedName ForRow(int row)
    {
        // A cheap integer mix (multiply, xor-shift): first and last name of neighbouring rows are unrelated.
        var hash = (uint)row * 2654435761u;
        hash ^= hash >> 15;
        hash *= 2246822519u;
        hash ^= hash >> 13;
        var first = FirstNames[(int)(hash % (uint)FirstNames.Count)];
        var last = LastNames[(int)(hash / (uint)FirstNames.Count % (uint)LastNames.Count)];
        return new GeneratedName(first.Written, last.Written, Email(first, last, row));
    }

    private static string Email(NamePart first, NamePart last, int row) => (row % 3) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{first.InEmail}.{last.InEmail}.{row}@example.com"),
        1 => string.Create(CultureInfo.InvariantCulture, $"{first.InEmail[0]}{last.InEmail}{row}@mail.example.org"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{first.InEmail}_{row}@example.net"),
    };
}
