package nl.simon.shared;

/**
 * A number that is a count, for the message texts (the adapters' MessageText; a use case may pass one in an
 * exception's parameters): unlike other numbers (work order 1234) it reaches the message as a number, so the text groups it in the reader's language (20.319) and picks the plural form
 * with a choice format ("{0,choice,1#1 klant|1<{0,number,integer} klanten}", issue 15 item 8).
 */
public record Count(long value) {}
