package nl.simon.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import nl.simon.shared.TenantId;
import nl.simon.tenant.OfficeUser;
import nl.simon.tenant.OfficeUsers;
import nl.simon.tenant.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcOfficeUsers implements OfficeUsers {
    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcOfficeUsers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public OfficeUser add(TenantId tenant, String email, String passwordHash, Role role) {
        return jdbc.sql("""
                INSERT INTO office_user (tenant_id, email, password_hash, role, created_at)
                VALUES (:tenant, :email, :hash, :role, :now) RETURNING *""")
                .param("tenant", tenant.value())
                .param("email", email)
                .param("hash", passwordHash)
                .param("role", role.name())
                .param("now", Timestamps.toDb(clock.instant()))
                .query(JdbcOfficeUsers::map)
                .single();
    }

    @Override
    public Optional<OfficeUser> byEmail(String email) {
        return jdbc.sql("SELECT * FROM office_user WHERE lower(email) = lower(:email)")
                .param("email", email)
                .query(JdbcOfficeUsers::map)
                .optional();
    }

    private static OfficeUser map(ResultSet rs, int row) throws SQLException {
        return new OfficeUser(
                rs.getLong("id"),
                new TenantId(rs.getLong("tenant_id")),
                rs.getString("email"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")));
    }
}
