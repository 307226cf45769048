package se.skapa.app.access;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Base words of common and leaked passwords, English and Swedish, lower case: what people put
 * digits and symbols around. Kept in the code rather than a file so that the application layer
 * needs no I/O; a word added here is refused by {@link PasswordRule} with digits, symbols and
 * look-alike digits around or inside it, alone, twice or beside another word of the list.
 */
final class CommonPasswords {

  static final Set<String> WORDS =
      Arrays.stream(
              """
      abba abc abcdef abcdefgh access admin administrator aik alphabet alskar alskling ame america
      android anka anvandare användare apple april arbete arsenal asdf asdfgh asdfghjkl astrid augusti
      autumn azerty bamse banana barcelona barn baseball basketball batman berlin bip blavitt blink
      blåvitt boden canada changeme charlie cheese chef chelsea chocolate company computer cookie
      december default diamond djurgarden djurgården dolphin dragon emil enhetschef facebook farfar
      farmor februari flower football forbund fotboll fredag freedom förbund gavle ginger golden
      google goteborg guest gävle göteborg hammarby handledare hej hejhej hejsan hello hemlig hemligt
      hemlis hockey host hosten hudiksvall hund hunden hunter höst hösten ifk ifo ikea iloveyou
      innebandy internet iphone ips januari jennifer jobb jordan jul julafton juli jultomte juni kalle
      kalleanka karlek katt katten killer kiruna kommun kommunen kärlek letmein linux liverpool login
      london lordag losen losenord love lover lulea luleå lördag lösen lösenord lösenordet madrid maj
      malmo malmoff malmö mamma manchester mandag mars master matrix merlin michael microsoft
      midsommar monkey morfar mormor mustang måndag nalle newyork ninja nintendo november nyar nyår
      office oktober onsdag orange ostersund pappa paris pass passwd password pepper phoenix pippi
      pitea piteå pokemon princess purple qazwsx qwerty qwertyuiop qwertz region regionen ronja root
      saab samordning samsung secret september shadow silver skapa skola skolan soccer socialtjanst
      socialtjänst sommar sondag spring starwars stockholm summer sundsvall sunshine superman svensk
      svenska sverige söndag test tester testing thunder tigger tisdag tjena tjenare tomte torsdag
      trustno umea umeå uppsala user valkommen var varen vinter volvo vux välkommen vår våren welcome
      whatever windows winter word yellow zlatan zxcvbn zxcvbnm älskar älskling östersund
              """
                  .split("\\s+"))
          .filter(w -> !w.isEmpty())
          .collect(Collectors.toUnmodifiableSet());

  private CommonPasswords() {}
}
