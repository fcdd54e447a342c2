package nl.simon.factuursturen.emulator.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ten fictional Dutch clients (companies and private persons) with addresses; clientnr 1..10. */
final class DemoClients {

    static final List<Map<String, ?>> ALL = List.of(
            client(
                    "Bakkerij De Korenschoof",
                    "Jan de Vries",
                    "Dorpsstraat 12",
                    "3732 HJ",
                    "De Bilt",
                    "info@korenschoof.example",
                    "030-2201122"),
            client(
                    "Installatiebedrijf Visser B.V.",
                    "Sanne Visser",
                    "Industrieweg 45",
                    "3542 AD",
                    "Utrecht",
                    "administratie@visser-installatie.example",
                    "030-2445566"),
            client("", "Familie Jansen", "Lindelaan 8", "1214 KL", "Hilversum", "m.jansen@mail.example", "035-6214455"),
            client(
                    "Huisartsenpraktijk Het Baken",
                    "Dr. E. Bakker",
                    "Marktplein 3",
                    "3811 LH",
                    "Amersfoort",
                    "praktijk@hetbaken.example",
                    "033-4612233"),
            client(
                    "Restaurant De Gouden Leeuw",
                    "Pieter Smit",
                    "Oudegracht 101",
                    "3511 AE",
                    "Utrecht",
                    "reserveren@goudenleeuw.example",
                    "030-2314477"),
            client(
                    "VvE Parkzicht",
                    "Beheerder Parkzicht",
                    "Parkweg 2",
                    "3818 CC",
                    "Amersfoort",
                    "vve@parkzicht.example",
                    "033-4556677"),
            client(
                    "Kinderopvang Het Zonnetje",
                    "Fatima El Amrani",
                    "Schoolstraat 20",
                    "3431 BN",
                    "Nieuwegein",
                    "info@zonnetje.example",
                    "030-6023344"),
            client("", "Dhr. K. de Boer", "Zandweg 77", "3454 HC", "De Meern", "kdeboer@mail.example", "030-6661212"),
            client(
                    "Autobedrijf Mulder",
                    "Henk Mulder",
                    "Stationsweg 9",
                    "3862 CG",
                    "Nijkerk",
                    "werkplaats@autobedrijfmulder.example",
                    "033-2457788"),
            client(
                    "Sportschool FitFabriek",
                    "Lotte Meijer",
                    "Havenkade 5",
                    "1381 ZV",
                    "Weesp",
                    "info@fitfabriek.example",
                    "0294-412345"));

    private DemoClients() {}

    private static Map<String, ?> client(
            String company, String contact, String address, String zipcode, String city, String email, String phone) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("company", company);
        client.put("contact", contact);
        client.put("showcontact", company.isEmpty() ? "false" : "true");
        client.put("address", address);
        client.put("zipcode", zipcode);
        client.put("city", city);
        client.put("country", "146");
        client.put("email", email);
        client.put("phone", phone);
        client.put("sendmethod", "email");
        client.put("top", 14);
        return client;
    }
}
