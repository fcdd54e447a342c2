package nl.simon.app.security;

import java.util.Collection;
import java.util.List;
import nl.simon.tenant.Caller;
import nl.simon.tenant.OfficeUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** An office user as Spring Security sees it; carries the {@link Caller} the controllers receive. */
final class SimonUserDetails implements UserDetails {
    private final Caller caller;
    private final String passwordHash;

    SimonUserDetails(OfficeUser user) {
        this.caller = new Caller(user.id(), user.tenant(), user.email(), user.role());
        this.passwordHash = user.passwordHash();
    }

    Caller caller() {
        return caller;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return caller.email();
    }

    @Override
    public String toString() {
        return "SimonUserDetails[" + caller + "]";
    }
}
